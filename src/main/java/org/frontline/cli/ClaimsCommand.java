package org.frontline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frontline.model.Article;
import org.frontline.model.Claim;
import org.frontline.model.Place;
import org.frontline.store.ArticleRepository;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code frontline claims [--format json|csv|geojson]}: lists every stored claim, oldest event
 * first, with its article and its gazetteer place (see {@link ClaimFormat} for the formats).
 *
 * <p>A picocli command object: made per run by {@link ServicesFactory}, not thread-safe.
 */
@Command(name = "claims", description = "List every stored claim as JSON, CSV or GeoJSON.")
final class ClaimsCommand implements Callable<Integer> {
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, csv or geojson (default: ${DEFAULT-VALUE}).",
            defaultValue = "json", converter = FormatConverter.class)
    ClaimFormat format;

    ClaimsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        List<ClaimRow> rows;
        try (Store s = store.open()) {
            rows = s.read(c -> {
                ArticleRepository articles = new ArticleRepository();
                Map<Long, Article> byId = new HashMap<>();
                List<ClaimRow> out = new ArrayList<>();
                for (Claim k : new ClaimRepository().all(c)) {
                    Article a = byId.get(k.articleId());
                    if (a == null) {
                        a = withoutText(articles.byId(c, k.articleId()).orElseThrow());
                        byId.put(k.articleId(), a);
                    }
                    out.add(new ClaimRow(k, a, placeOf(k)));
                }
                return out;
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        format.write(rows, out);
        out.flush();
        return FrontlineCommand.OK;
    }

    /** The article less its text, which the listing does not need: memory stays small for big stores. */
    private static Article withoutText(Article a) {
        return new Article(a.id(), a.contentHash(), a.source(), a.title(), a.outlet(), a.url(), a.language(),
                a.published(), a.publishedSource(), a.publishedEstimated(), "", a.demo());
    }

    private Optional<Place> placeOf(Claim k) {
        return k.placeId() == null ? Optional.empty() : services.places().byId(k.placeId());
    }

    /** Reads a format name in any case, naming the choices when it is none of them. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ClaimFormat> {
        @Override
        public ClaimFormat convert(String value) {
            try {
                return ClaimFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of json, csv, geojson");
            }
        }
    }
}
