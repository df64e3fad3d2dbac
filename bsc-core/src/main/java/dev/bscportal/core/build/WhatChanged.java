package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.history.GitBaseline;
import dev.bscportal.core.history.HistoryException;
import dev.bscportal.core.load.ParsedFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The "What changed" step: today's strategy against the git baseline; without git, reviews or a baseline, no page. */
final class WhatChanged {

    private WhatChanged() {
    }

    static Optional<ChangeReport> report(BuildOptions options, Optional<String> revision, CheckResult checked, ParsedFiles parsed,
            BuildLog log) {
        try {
            Path scratch = options.workDirectory().resolve("bsc-history");
            Files.createDirectories(scratch);
            Optional<ChangeReport> report = GitBaseline.report(options.strategyDirectory(), revision, checked.strategy().orElseThrow(),
                    checked.scores().orElseThrow(), scratch, parsed);
            report.ifPresent(r -> log.info("What changed: " + r.changes().size() + " change(s) since " + r.baselineLabel()));
            return report;
        } catch (HistoryException | IOException e) {
            log.warn("The What changed page is left out: " + e.getMessage());
            return Optional.empty();
        }
    }
}
