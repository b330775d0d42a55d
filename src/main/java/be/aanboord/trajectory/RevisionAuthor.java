package be.aanboord.trajectory;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user's name. */
class RevisionAuthor implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		((Revision) revisionEntity).setUsername((authentication != null) ? authentication.getName() : "system");
	}

}
