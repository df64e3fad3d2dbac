/**
 * Calculated measures ({@code calc:} in a measure file, docs/data.md): between loading and scoring, each calculated
 * measure gets its values per period from the measures its expression names, and a trail of inputs and results. Pure
 * functions of the loaded strategy; expressions are evaluated by EvalEx with arithmetic and a short list of functions
 * only (no script engine). Validation of expressions ({@code CalcRule}) uses {@link dev.bscportal.core.calc.CalcExpression}.
 */
package dev.bscportal.core.calc;
