package dev.bscportal.core.model;

import java.util.List;

/** The OKRs of one quarter, from {@code okrs/<period>.yaml}. */
public record OkrSet(Period period, List<Okr> okrs, Origin origin) {

    public OkrSet {
        okrs = List.copyOf(okrs);
    }
}
