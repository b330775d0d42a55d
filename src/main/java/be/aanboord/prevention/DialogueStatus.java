package be.aanboord.prevention;

/**
 * Where the plan stands in a step of the dialogue with the CLB; stored by name in
 * {@code plan_dialogue.status}.
 */
public enum DialogueStatus {

	NOT_STARTED, IN_PROGRESS, DONE

}
