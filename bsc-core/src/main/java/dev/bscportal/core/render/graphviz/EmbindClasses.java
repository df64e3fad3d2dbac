package dev.bscportal.core.render.graphviz;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the module told embind about its C++ classes while its constructors ran: for each class, its name and
 * destructor, and for each constructor, method and static function, the invoker and its target, keyed by
 * {@code Class.name/argCount} (embind counts the return value and {@code this} among the arguments).
 */
final class EmbindClasses {

    /** A function reached through the indirect function table: {@code invoker(target, args...)}. */
    record Invoker(int invoker, int target) {
    }

    private final Map<Integer, String> names = new TreeMap<>();
    private final Map<String, Integer> destructors = new TreeMap<>();
    private final Map<String, Invoker> functions = new TreeMap<>();
    private final Map<Integer, Map<String, Invoker>> pending = new TreeMap<>();

    void registerClass(int rawType, String name, int destructor) {
        names.put(rawType, name);
        destructors.put(name, destructor);
        Map<String, Invoker> early = pending.remove(rawType);
        if (early != null) {
            early.forEach((key, invoker) -> functions.put(name + key, invoker));
        }
    }

    void registerConstructor(int rawType, int argCount, int invoker, int constructor) {
        put(rawType, "#new/" + argCount, new Invoker(invoker, constructor));
    }

    void registerMethod(int rawType, String method, int argCount, int invoker, int context) {
        put(rawType, "." + method + "/" + argCount, new Invoker(invoker, context));
    }

    void registerStatic(int rawType, String method, int argCount, int invoker, int function) {
        put(rawType, "::" + method + "/" + argCount, new Invoker(invoker, function));
    }

    Optional<Invoker> constructor(String className, int argCount) {
        return Optional.ofNullable(functions.get(className + "#new/" + argCount));
    }

    Optional<Invoker> method(String className, String method, int argCount) {
        return Optional.ofNullable(functions.get(className + "." + method + "/" + argCount));
    }

    Optional<Invoker> staticFunction(String className, String method, int argCount) {
        return Optional.ofNullable(functions.get(className + "::" + method + "/" + argCount));
    }

    Optional<Integer> destructor(String className) {
        return Optional.ofNullable(destructors.get(className));
    }

    private void put(int rawType, String key, Invoker invoker) {
        String name = names.get(rawType);
        if (name == null) {
            pending.computeIfAbsent(rawType, t -> new TreeMap<>()).put(key, invoker);
        } else {
            functions.put(name + key, invoker);
        }
    }
}
