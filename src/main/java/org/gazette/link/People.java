package org.gazette.link;

import java.util.List;

/**
 * Everyone named in the archive's appointment notices, with the posts and organisations they held.
 *
 * @param organizations organisation id → full name, with their posts' ids
 */
public record People(List<Person> persons, List<PostHistory> posts, List<Organization> organizations) {

    public static final People NONE = new People(List.of(), List.of(), List.of());

    public People {
        persons = List.copyOf(persons);
        posts = List.copyOf(posts);
        organizations = List.copyOf(organizations);
    }

    /** An organisation named in the notices and the posts of it they mention. */
    public record Organization(String id, String name, String jurisdiction, List<String> postIds) {
        public Organization {
            postIds = List.copyOf(postIds);
        }
    }
}
