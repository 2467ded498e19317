package ma.ogp.pan.meeting;

import static java.util.stream.Collectors.toMap;

import java.util.List;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.PlanPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The plan's meetings on its staff page, with who attended and who was absent. */
@Component
class MeetingsOnPlanPage implements PlanPageSection {

    private final MeetingRepository meetings;

    MeetingsOnPlanPage(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public void addTo(Model model, ActionPlan plan) {
        List<Meeting> planMeetings = meetings.findByPlan(plan.id());
        model.addAttribute("meetings", planMeetings);
        model.addAttribute("attendees", planMeetings.stream()
                .collect(toMap(Meeting::id, m -> meetings.findAttendeeNames(m.id()))));
        model.addAttribute("absentees", planMeetings.stream()
                .collect(toMap(Meeting::id, m -> meetings.findAbsenteeNames(m.id()))));
    }
}
