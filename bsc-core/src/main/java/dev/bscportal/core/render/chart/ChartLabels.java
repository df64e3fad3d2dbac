package dev.bscportal.core.render.chart;

import dev.bscportal.core.score.Status;

import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The words and formats a chart shows, supplied by the site so they follow its language:
 * status names, "target", "no data", how to write a value and a period.
 */
public record ChartLabels(
        Map<Status, String> statusNames,
        String target,
        String noData,
        String today,
        DoubleFunction<String> value,
        Function<dev.bscportal.core.model.Period, String> period,
        Function<java.time.LocalDate, String> date) {

    public ChartLabels {
        statusNames = Map.copyOf(statusNames);
    }

    String status(Status s) {
        return statusNames.getOrDefault(s, s.label());
    }
}
