package ma.ogp.pan.meeting;

/** What the secretariat enters about any meeting, scheduled or recorded: title, place (or remote), agenda. */
public abstract class MeetingFields {

    private String title = "Réunion du comité de pilotage";
    private String location;
    private boolean remote;
    private String agenda;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    /** Recorded: one item per line; scheduled: the text of the invitation. */
    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
