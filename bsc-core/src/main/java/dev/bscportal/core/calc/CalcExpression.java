package dev.bscportal.core.calc;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.parser.ParseException;
import dev.bscportal.core.model.Calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A {@code calc:} expression: numbers, measure references ({@code revenue}, {@code sales/pipeline}), {@code + - * /},
 * parentheses and the functions {@link #FUNCTIONS}. A hyphen between letters or digits belongs to a name
 * ({@code revenue-growth} is one measure), so minus is written with spaces ({@code revenue - cost}); a slash between
 * two names without spaces qualifies a measure by its unit, so division of two measures is written with spaces too
 * ({@code revenue / headcount}). Bounded: at most {@link #MAX_LENGTH} characters, {@link #MAX_TOKENS} tokens and
 * parentheses {@link #MAX_DEPTH} deep. Immutable.
 */
public final class CalcExpression {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_TOKENS = 200;
    public static final int MAX_DEPTH = 16;
    /** The functions a calc may use, by their name in the expression. */
    public static final List<String> FUNCTIONS = List.of("abs", "average", "ceiling", "floor", "max", "min", "round", "sqrt", "sum");

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?");
    private static final Pattern REFERENCE = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    entry("ABS", new AbsFunction()), entry("AVERAGE", new AverageFunction()), entry("CEILING", new CeilingFunction()),
                    entry("FLOOR", new FloorFunction()), entry("MAX", new MaxFunction()), entry("MIN", new MinFunction()),
                    entry("ROUND", new RoundFunction()), entry("SQRT", new SqrtFunction()), entry("SUM", new SumFunction())))
            .defaultConstants(Map.of())
            .arraysAllowed(false)
            .structuresAllowed(false)
            .implicitMultiplicationAllowed(false)
            .mathContext(MathContext.DECIMAL128)
            .build();

    private final String text;
    private final String evaluated;
    private final List<String> references;

    private CalcExpression(String text, String evaluated, List<String> references) {
        this.text = text;
        this.evaluated = evaluated;
        this.references = List.copyOf(references);
    }

    private static Map.Entry<String, FunctionIfc> entry(String name, FunctionIfc function) {
        return Map.entry(name, function);
    }

    /** Why an expression was refused, for the user. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads an expression; a refusal says what is wrong in words (no Java class names). */
    public static CalcExpression parse(String text) throws Refused {
        if (text.length() > MAX_LENGTH) {
            throw new Refused("The calc expression has " + text.length() + " characters; at most " + MAX_LENGTH + " are read.");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        int tokens = 0;
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (++tokens > MAX_TOKENS) {
                throw new Refused("The calc expression has more than " + MAX_TOKENS + " parts (names, numbers, operators).");
            }
            if ("+-*/(),".indexOf(c) >= 0) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth > MAX_DEPTH) {
                    throw new Refused("The calc expression nests parentheses more than " + MAX_DEPTH + " deep.");
                }
                if (depth < 0) {
                    throw new Refused("The calc expression closes a parenthesis that was never opened.");
                }
                out.append(c).append(' ');
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end), end > i && text.charAt(end - 1) != ' ')) {
                end++;
            }
            if (end == i) {
                throw new Refused("The calc expression may not contain '" + printable(c) + "'; it is arithmetic on measure ids: "
                        + "+ - * /, parentheses, numbers and the functions " + String.join(", ", FUNCTIONS) + ".");
            }
            String word = text.substring(i, end);
            i = end;
            int next = i;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            boolean call = next < text.length() && text.charAt(next) == '(';
            if (NUMBER.matcher(word).matches()) {
                out.append(word).append(' ');
            } else if (call && word.indexOf('/') < 0 && FUNCTIONS.contains(word)) {
                out.append(word.toUpperCase(Locale.ROOT));
            } else if (call) {
                throw new Refused("'" + word + "' is no function a calc may use; the functions are " + String.join(", ", FUNCTIONS) + ".");
            } else if (REFERENCE.matcher(word).matches() && !word.endsWith("-")) {
                String variable = variables.computeIfAbsent(word, w -> "v" + variables.size());
                out.append(variable).append(' ');
            } else {
                throw new Refused("'" + word + "' is neither a number nor a measure id (ids are lower-case letters, digits and"
                        + " hyphens; write minus and division of two measures with spaces: revenue - cost, revenue / headcount).");
            }
        }
        if (depth != 0) {
            throw new Refused("The calc expression opens a parenthesis that is never closed.");
        }
        if (variables.isEmpty()) {
            throw new Refused("The calc expression names no measure; a calculated measure is calculated from other measures.");
        }
        String evaluated = out.toString().strip();
        try {
            new Expression(evaluated, CONFIG).validate();
        } catch (ParseException | RuntimeException e) {
            throw new Refused("The calc expression is not a complete calculation (an operator or a value is missing or extra"
                    + " near: " + describe(e) + ").");
        }
        return new CalcExpression(text, evaluated, new ArrayList<>(variables.keySet()));
    }

    private static boolean isWordChar(char c, boolean afterWordChar) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                || afterWordChar && (c == '-' || c == '/');
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static String describe(Exception e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\bv([0-9]+)\\b", "an input");
        return message.length() > 120 ? message.substring(0, 120) : message;
    }

    /** The measure references, each once, in the order written. */
    public List<String> references() {
        return references;
    }

    public String text() {
        return text;
    }

    /** The result of one evaluation: a value, or why there is none. */
    public record Outcome(OptionalDouble value, Calculation.Reason reason) {
        static Outcome none(Calculation.Reason reason) {
            return new Outcome(OptionalDouble.empty(), reason);
        }
    }

    /** Evaluates the expression with {@code values} for its {@link #references()}, in their order. */
    public Outcome evaluate(List<Double> values) {
        Map<String, Object> variables = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            variables.put("v" + i, BigDecimal.valueOf(values.get(i)));
        }
        try {
            EvaluationValue result = new Expression(evaluated, CONFIG).withValues(variables).evaluate();
            if (!result.isNumberValue()) {
                return Outcome.none(Calculation.Reason.UNDEFINED);
            }
            double value = result.getNumberValue().doubleValue();
            if (!Double.isFinite(value) || Math.abs(value) > 1e15) {
                return Outcome.none(Calculation.Reason.OUT_OF_RANGE);
            }
            return new Outcome(OptionalDouble.of(value == 0 ? 0 : value), Calculation.Reason.NONE);
        } catch (EvaluationException | ArithmeticException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return Outcome.none(message.contains("division") ? Calculation.Reason.DIVISION_BY_ZERO : Calculation.Reason.UNDEFINED);
        } catch (ParseException e) {
            return Outcome.none(Calculation.Reason.UNDEFINED);
        }
    }

    /** Reads {@code text}, empty when it is refused (for callers that report refusals elsewhere). */
    public static Optional<CalcExpression> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (Refused refused) {
            return Optional.empty();
        }
    }
}
