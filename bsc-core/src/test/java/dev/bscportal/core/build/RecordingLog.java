package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckResult;

import java.util.ArrayList;
import java.util.List;

/** A build log that keeps what it was told, for assertions. */
final class RecordingLog implements BuildLog {

    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<CheckResult> checks = new ArrayList<>();
    final List<List<String>> unchanged = new ArrayList<>();
    final List<String> debugs = new ArrayList<>();

    @Override
    public void debug(String line) {
        debugs.add(line);
    }

    @Override
    public void info(String line) {
        infos.add(line);
    }

    @Override
    public void warn(String line) {
        warnings.add(line);
    }

    @Override
    public void checked(CheckResult result) {
        checks.add(result);
    }

    @Override
    public void unchanged(List<String> lines) {
        unchanged.add(List.copyOf(lines));
    }
}
