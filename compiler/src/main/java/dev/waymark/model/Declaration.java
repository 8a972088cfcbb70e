package dev.waymark.model;

/** A top-level declaration of a file: a team, a persona or a journey. */
public sealed interface Declaration extends Element permits Team, Persona, Journey {
}
