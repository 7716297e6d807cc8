package org.gazette.source;

/**
 * What a gazette folder's {@code gazette.yaml} says about the gazette (or the publisher of loose
 * documents) whose texts it holds.
 *
 * @param slug  the folder name: the gazette's stable URL segment
 * @param level province, city, county … as the publisher states it
 * @param kind  {@code gazette} for numbered issues, {@code documents} for loose documents
 */
public record GazetteInfo(String slug, String name, String publisher, String level, String region, String kind) {
}
