package org.frontline.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontline.model.Claim;

/**
 * Every place's timeline in one view, and an index of all changes by day, so that going from one
 * date to another visits only the places that changed in between. Immutable.
 *
 * <p>Invariant: {@code eventDays} is sorted and {@code eventPlaces[i]} changes state on
 * {@code eventDays[i]}; every change of every timeline appears once.
 */
final class ViewTimelines {
    private final ControlView view;
    private final PlaceTimeline[] timelines;
    private final int[] eventDays;
    private final int[] eventPlaces;

    private ViewTimelines(ControlView view, PlaceTimeline[] timelines, int[] eventDays, int[] eventPlaces) {
        this.view = view;
        this.timelines = timelines;
        this.eventDays = eventDays;
        this.eventPlaces = eventPlaces;
    }

    static ViewTimelines build(ClaimHistory history, ControlView view, PlaceState[] baseline, ControlRules rules) {
        int n = history.places().size();
        PlaceTimeline[] timelines = new PlaceTimeline[n];
        long baselineDay = rules.baselineDate().toEpochDay();
        int events = 0;
        for (int i = 0; i < n; i++) {
            List<Claim> believed = new ArrayList<>();
            for (Claim c : history.claimsOf(i)) {
                if (view.includes(c.claimant().kind()) && c.eventDate().date().toEpochDay() > baselineDay) {
                    believed.add(c);
                }
            }
            timelines[i] = believed.isEmpty() ? PlaceTimeline.constant(baseline[i])
                    : PlaceTimeline.compile(baseline[i], believed, rules);
            events += timelines[i].changeCount();
        }
        long[] packed = new long[events];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < timelines[i].changeCount(); j++) {
                packed[k++] = ((long) timelines[i].changeDay(j) << 32) | i;
            }
        }
        Arrays.sort(packed);
        int[] days = new int[events];
        int[] places = new int[events];
        for (int e = 0; e < events; e++) {
            days[e] = (int) (packed[e] >> 32);
            places[e] = (int) packed[e];
        }
        return new ViewTimelines(view, timelines, days, places);
    }

    ControlView view() {
        return view;
    }

    int size() {
        return timelines.length;
    }

    PlaceTimeline timeline(int place) {
        return timelines[place];
    }

    /** Every place's packed state on an epoch day. */
    byte[] codesAt(long epochDay) {
        byte[] codes = new byte[timelines.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = timelines[i].codeAt(epochDay);
        }
        return codes;
    }

    /** The places that change on some day in {@code (from, to]} (or {@code (to, from]}), with repeats. */
    int[] placesChangedBetween(long from, long to) {
        long lo = Math.min(from, to);
        long hi = Math.max(from, to);
        int start = firstAfter(lo);
        int end = firstAfter(hi);
        return Arrays.copyOfRange(eventPlaces, start, end);
    }

    /** Number of changes in the whole view. */
    int changeCount() {
        return eventDays.length;
    }

    /** The distinct days on which something changes in this view, oldest first. */
    int[] changeDays() {
        return Arrays.stream(eventDays).distinct().toArray();
    }

    private int firstAfter(long day) {
        int lo = 0;
        int hi = eventDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (eventDays[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
