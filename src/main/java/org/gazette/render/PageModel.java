package org.gazette.render;

import java.util.Map;

/**
 * What a page is rendered from: the model its template receives, and what it is made from, which
 * is fingerprinted ({@link PageInputs}) to tell whether the page an earlier build wrote can be kept.
 * For most pages the two are the same map; a document page knows what it is made from before its
 * model is built (see {@link DocumentPage}).
 */
interface PageModel {

    /** The data the template renders. */
    Map<String, Object> model();

    /**
     * Everything the page is made from besides its template and the code, as a model to fingerprint:
     * equal inputs, equal pages. Null when it is not known before {@link #model()} is built.
     */
    Map<String, Object> inputs();

    /** A page made from its model alone. */
    static PageModel of(Map<String, Object> model) {
        return new PageModel() {
            @Override
            public Map<String, Object> model() {
                return model;
            }

            @Override
            public Map<String, Object> inputs() {
                return model;
            }
        };
    }
}
