package be.aanboord.project;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** A measurable target of an action plan, e.g. 19 trajectories or 190 hours. */
@Embeddable
public record Target(String description, BigDecimal quantity, String unit) {
}
