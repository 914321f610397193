package org.frontline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.FuzzyDate;
import org.frontline.model.MentionRole;
import org.frontline.model.PlaceMention;
import org.frontline.model.Side;

/**
 * A test analyser, not an extractor: every line shaped {@code CLAIM <place> <type> <side>} yields
 * one mention of {@code <place>} and one claim of that type, dated at the publication date. Places
 * named in {@code gazetteer} are resolved to their ids, others are left unresolved. It exists to
 * exercise the pipeline. Immutable and thread-safe.
 */
public final class LineClaimAnalyser implements ArticleAnalyser {
    private static final Pattern LINE = Pattern.compile("(?m)^CLAIM (\\S+) (\\p{Alpha}+) (\\p{Alpha}+)\\s*$");

    private final int version;
    private final Map<String, Long> gazetteer;

    public LineClaimAnalyser(int version, Map<String, Long> gazetteer) {
        this.version = version;
        this.gazetteer = Map.copyOf(gazetteer);
    }

    public LineClaimAnalyser(int version) {
        this(version, Map.of());
    }

    @Override
    public Analysis analyse(ArticleInput in) {
        if (in.text().contains("EXPLODE")) {
            throw new IllegalStateException("the test analyser was asked to fail");
        }
        List<PlaceMention> mentions = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Matcher m = LINE.matcher(in.text());
        while (m.find()) {
            int start = m.start(1);
            Long placeId = gazetteer.get(m.group(1));
            ClaimType type = ClaimType.parse(m.group(2));
            String mentionKey = in.contentHash() + ":" + start;
            mentions.add(new PlaceMention(0, 0, mentionKey, m.group(1), start, m.end(1), MentionRole.CLAIM, placeId,
                    placeId == null ? "unresolved" : "exact", placeId == null ? 0 : 1, List.of()));
            LocalDate when = in.published();
            claims.add(new Claim(0, 0, mentionKey + ":" + type.code(), m.group(1), placeId, type,
                    Side.parse(m.group(3)).orElse(null), new Claimant("line analyser v" + version, ClaimantKind.OUTLET),
                    ClaimStatus.ASSERTED, null, when == null ? null : FuzzyDate.day(when), m.group(), m.start(), m.end(), 0.5));
        }
        return new Analysis(in.language() != null ? in.language() : "en", null, mentions, claims);
    }

    @Override
    public int version() {
        return version;
    }
}
