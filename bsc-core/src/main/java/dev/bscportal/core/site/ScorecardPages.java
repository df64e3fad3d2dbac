package dev.bscportal.core.site;

import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.presentation.SitePaths;

/**
 * Where one scorecard's pages are, as paths from the site root, for the templates' links ({@code page.to(...)} makes
 * them relative). {@link ScorecardView} is what templates see; this part of it only answers "where is".
 */
public abstract class ScorecardPages {

    private final Scorecard scorecard;

    ScorecardPages(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    public String getHomePath() {
        return SitePaths.home(scorecard);
    }

    public String getBookPath() {
        return SitePaths.book(scorecard);
    }

    public String getScorecardPath() {
        return SitePaths.scorecard(scorecard);
    }

    public String getInitiativesPath() {
        return SitePaths.initiatives(scorecard);
    }

    public String getOkrsPath() {
        return SitePaths.okrs(scorecard);
    }

    public String getReviewsPath() {
        return SitePaths.reviews(scorecard);
    }

    public String objectivePath(String id) {
        return SitePaths.objective(scorecard, id);
    }

    public String measurePath(String id) {
        return SitePaths.measure(scorecard, id);
    }

    public String perspectivePath(String id) {
        return SitePaths.perspective(scorecard, id);
    }

    public String themePath(String id) {
        return SitePaths.theme(scorecard, id);
    }

    public String initiativePath(String id) {
        return SitePaths.initiative(scorecard, id);
    }

    public String reviewPath(Review review) {
        return SitePaths.review(scorecard, review.period());
    }

    public String mapPath(String name) {
        return SitePaths.map(scorecard, name);
    }
}
