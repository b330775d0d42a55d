package be.aanboord.prevention.view;

/**
 * The share toggle's form: whether the school shares the plan ({@code gedeeld}, true or
 * false) and the plan's version the page was shown with ({@code versie}).
 */
class ShareForm {

	private Boolean gedeeld;

	private Integer versie;

	public Boolean getGedeeld() {
		return this.gedeeld;
	}

	public void setGedeeld(Boolean gedeeld) {
		this.gedeeld = gedeeld;
	}

	public Integer getVersie() {
		return this.versie;
	}

	public void setVersie(Integer versie) {
		this.versie = versie;
	}

}
