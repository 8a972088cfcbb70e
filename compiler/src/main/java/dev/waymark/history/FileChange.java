package dev.waymark.history;

import org.eclipse.jgit.lib.ObjectId;

import java.time.LocalDate;

/**
 * One commit's change to one file, as found by the history walk: the blobs before and after
 * (the zero id when the file was added). Lines are worked out only when a rule asks.
 */
record FileChange(String commit, LocalDate date, String author, String summary, ObjectId before, ObjectId after) {
}
