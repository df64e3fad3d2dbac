package dev.bscportal.core.site;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.List;

/**
 * What of a Java object a template may call: Freemarker's default policy, stricter. Freemarker's default lets
 * {@code getClass()} through and, on {@code java.lang.Class}, {@code getProtectionDomain()}; here no template
 * reaches a {@code Class} at all: {@code getClass()} is hidden on every object, and nothing of {@code Class},
 * class loaders, protection domains, reflection, threads, the runtime or modules is exposed even if one
 * were handed over. Constructors are never exposed (templates build nothing).
 */
final class TemplateMemberPolicy implements MemberAccessPolicy {

    private static final MemberAccessPolicy DEFAULT = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);
    private static final List<Class<?>> SEALED = List.of(Class.class, ClassLoader.class, ProtectionDomain.class,
            CodeSource.class, AccessibleObject.class, Member.class,
            Thread.class, ThreadGroup.class, Runtime.class, System.class, Module.class, ModuleLayer.class, Process.class,
            ProcessBuilder.class, MethodHandle.class, MethodHandles.Lookup.class);
    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        if (SEALED.stream().anyMatch(sealed -> sealed.isAssignableFrom(contextClass))) {
            return NOTHING;
        }
        ClassMemberAccessPolicy base = DEFAULT.forClass(contextClass);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return !method.getName().equals("getClass") && !returnsSealed(method) && base.isMethodExposed(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return !SEALED.stream().anyMatch(sealed -> sealed.isAssignableFrom(field.getType())) && base.isFieldExposed(field);
            }
        };
    }

    private static boolean returnsSealed(Method method) {
        return SEALED.stream().anyMatch(sealed -> sealed.isAssignableFrom(method.getReturnType()));
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return DEFAULT.isToStringAlwaysExposed();
    }
}
