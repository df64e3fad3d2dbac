package dev.bscportal.core.build;

import dev.bscportal.core.files.ProjectRoots;
import dev.bscportal.core.problem.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The folders a goal reads, checked before it runs: none may lead out of the project through a link (BSC030). */
public final class ProjectFolders {

    private ProjectFolders() {
    }

    /** One problem per folder (by parameter name, in the map's order) that resolves outside {@code project}. */
    public static List<Problem> leadingOut(Path project, Map<String, Path> folders) {
        List<Problem> refused = new ArrayList<>();
        folders.forEach((name, folder) -> ProjectRoots.outside(project, folder, name).ifPresent(refused::add));
        return refused;
    }
}
