package org.frontline.export;

import org.frontline.model.ArticleInfo;
import org.frontline.store.ArticleRepository;
import org.frontline.store.Store;
import org.frontline.workspace.Workspace;

/**
 * The line an exported picture carries at the top when the store holds demonstration articles, so
 * that a picture made from the shipped demo corpus cannot pass for real reporting.
 *
 * <p>Thread safety: stateless; opens its own short-lived connection.
 */
final class DemoBanner {
    static final String TEXT = "Demonstration data";

    private DemoBanner() {
    }

    /** {@link #TEXT} when any article of the workspace's store is a demo article, else null. */
    static String of(Workspace workspace) {
        try (Store store = Store.open(workspace.storeFile())) {
            boolean demo = store.read(c -> new ArticleRepository().infos(c)).values().stream().anyMatch(ArticleInfo::demo);
            return demo ? TEXT : null;
        }
    }
}
