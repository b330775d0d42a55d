package be.aanboord.budget;

import java.time.Instant;

/** Who makes a change, and when: written into the history. */
record Actor(String name, Instant at) {
}
