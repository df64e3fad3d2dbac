package dev.bscportal.core.testing;

import java.nio.file.Path;

/**
 * A valid single-scorecard strategy of a given number of objectives, for scale checks: objectives spread over
 * the four perspectives, each driving one objective of the perspective above, every fifth with a measure and
 * two months of data, three themes, one initiative. The same count gives the same files.
 */
public final class LargeStrategy {

    private static final String[] PERSPECTIVES = {"financial", "customer", "internal", "learning"};

    private LargeStrategy() {
    }

    public static StrategyDir write(Path root, int objectives) {
        StrategyDir s = StrategyDir.empty(root);
        s.write("strategy.yaml", """
                name: Large Company
                as-of: 2026-09
                themes:
                  - {id: t0, name: Theme zero}
                  - {id: t1, name: Theme one}
                  - {id: t2, name: Theme two}
                """);
        int perPerspective = (objectives + 3) / 4;
        StringBuilder csv = new StringBuilder("measure,period,value\n");
        for (int i = 0; i < objectives; i++) {
            int p = i / perPerspective;
            int slot = i % perPerspective;
            String drives = p == 0 ? "[]" : "[o" + ((p - 1) * perPerspective + slot % perPerspective) + "]";
            s.write("objectives/o" + i + ".md", "---\nname: Objective number " + i + "\nperspective: " + PERSPECTIVES[p]
                    + "\nthemes: [t" + (i % 3) + "]\nowner: Owner " + (i % 50) + "\ndrives: " + drives + "\n---\nWhy " + i + ".\n");
            if (i % 5 == 0) {
                s.write("measures/m" + i + ".yaml", "name: Measure " + i + "\nobjective: o" + i
                        + "\nthreshold: 80\ntarget: 100\nstretch: 120\n");
                csv.append("m").append(i).append(",2026-08,").append(70 + i % 50).append('\n');
                csv.append("m").append(i).append(",2026-09,").append(75 + i % 50).append('\n');
            }
        }
        s.write("measurements/actuals.csv", csv.toString());
        s.write("initiatives/academy.md", "---\nname: Academy\nowner: Owner 1\nstatus: active\nobjectives: [o0]\n---\nTrain.\n");
        return s;
    }
}
