package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.xianfeng.cobuild.ApplicationForm.GoalForm;
import cn.xianfeng.cobuild.ApplicationForm.PartnerForm;
import cn.xianfeng.cobuild.ApplicationForm.PioneerForm;
import cn.xianfeng.cobuild.ApplicationForm.UnitForm;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a complete application needs, each rule with its own code, without a server. The HTTP side (the problem
 * detail a client sees) is ApplicationRulesApiTest's.
 */
class ApplicationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void aCompleteSoloOrJointApplicationPasses() {
        assertThatCode(() -> ApplicationRules.checkComplete(solo(), TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> ApplicationRules.checkComplete(joint(partner("联络员", "13800000000")), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aJointApplicationNeedsAPartner() {
        assertThat(violation(joint())).extracting(RuleViolationException::code)
                .isEqualTo("APPLICATION_JOINT_NEEDS_PARTNER");
    }

    @Test
    void aSoloApplicationHasNoPartners() {
        ApplicationForm form = with(solo(), ApplicationMode.SOLO, List.of(partner("联络员", "13800000000")));
        assertThat(violation(form).code()).isEqualTo("APPLICATION_SOLO_HAS_PARTNERS");
    }

    @Test
    void everyPartnerNeedsALiaisonWithAPhone() {
        RuleViolationException e = violation(joint(partner("联络员", "13800000000"), partner(" ", null)));
        assertThat(e.code()).isEqualTo("APPLICATION_PARTNER_NEEDS_LIAISON");
        assertThat(errors(e)).containsOnlyKeys("partners[1].liaisonName", "partners[1].liaisonPhone");
    }

    @Test
    void thePioneerIsAPartyMember() {
        ApplicationForm form = solo();
        form = new ApplicationForm(null, form.mode(), form.lead(), form.partners(),
                new PioneerForm("张三", "书记", "13800000000", false), form.goals(), null);
        assertThat(violation(form).code()).isEqualTo("APPLICATION_PIONEER_NOT_PARTY_MEMBER");
    }

    /** Anything merely missing is one answer listing every field, so the form can mark them all at once. */
    @Test
    void whatIsMissingIsListedFieldByField() {
        ApplicationForm empty = new ApplicationForm(null, null, null, null, null, null, null);
        RuleViolationException e = violation(empty);
        assertThat(e.code()).isEqualTo("APPLICATION_INCOMPLETE");
        assertThat(errors(e)).containsKeys("mode", "lead.name", "lead.type", "pioneer.name", "pioneer.title",
                "pioneer.phone", "pioneer.partyMember");
        for (GoalCategory category : GoalCategory.values()) {
            assertThat(errors(e)).containsKey("goals." + category.name());
        }
    }

    @Test
    void aGoalIsDueAfterToday() {
        List<GoalForm> goals = new ArrayList<>(goals());
        goals.set(2, new GoalForm(goals.get(2).category(), "标题", "描述", TODAY));
        RuleViolationException e = violation(withGoals(solo(), goals));
        assertThat(e.code()).isEqualTo("APPLICATION_INCOMPLETE");
        assertThat(errors(e)).containsOnlyKeys("goals[2].targetDate");

        goals.set(2, new GoalForm(goals.get(2).category(), "标题", "描述", TODAY.plusDays(1)));
        assertThatCode(() -> ApplicationRules.checkComplete(withGoals(solo(), goals), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void eachOfTheFiveCategoriesIsNeeded() {
        RuleViolationException e = violation(withGoals(solo(), goals().subList(0, 4)));
        assertThat(errors(e)).containsOnlyKeys("goals." + GoalCategory.values()[4].name());
    }

    /** Checked on every save, even of a draft: a category twice, or none. */
    @Test
    void theGoalsAreOnePerCategory() {
        assertThatCode(() -> ApplicationRules.checkGoalCategories(goals())).doesNotThrowAnyException();
        assertThatCode(() -> ApplicationRules.checkGoalCategories(null)).doesNotThrowAnyException();

        List<GoalForm> twice = new ArrayList<>(goals());
        twice.set(1, new GoalForm(twice.get(0).category(), "标题", "描述", TODAY.plusDays(30)));
        twice.set(3, new GoalForm(null, "标题", "描述", TODAY.plusDays(30)));
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> ApplicationRules.checkGoalCategories(twice));
        assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(errors(e)).containsOnlyKeys("goals[1].category", "goals[3].category");
    }

    private static RuleViolationException violation(ApplicationForm form) {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> ApplicationRules.checkComplete(form, TODAY));
        assertThat(e).as("a rule violation").isNotNull();
        return e;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(RuleViolationException e) {
        return (Map<String, String>) e.properties().get("errors");
    }

    private static ApplicationForm solo() {
        return new ApplicationForm(null, ApplicationMode.SOLO,
                new UnitForm(null, "牵头单位", UnitType.UNIVERSITY, null, null, null), List.of(),
                new PioneerForm("张三", "书记", "13800000000", true), goals(), null);
    }

    private static ApplicationForm joint(PartnerForm... partners) {
        return with(solo(), ApplicationMode.JOINT, List.of(partners));
    }

    private static ApplicationForm with(ApplicationForm form, ApplicationMode mode, List<PartnerForm> partners) {
        return new ApplicationForm(null, mode, form.lead(), partners, form.pioneer(), form.goals(), null);
    }

    private static ApplicationForm withGoals(ApplicationForm form, List<GoalForm> goals) {
        return new ApplicationForm(null, form.mode(), form.lead(), form.partners(), form.pioneer(), goals, null);
    }

    private static PartnerForm partner(String liaisonName, String liaisonPhone) {
        return new PartnerForm(null, "共建单位", UnitType.ENTERPRISE, null, null, null, liaisonName, liaisonPhone);
    }

    private static List<GoalForm> goals() {
        List<GoalForm> goals = new ArrayList<>();
        for (GoalCategory category : GoalCategory.values()) {
            goals.add(new GoalForm(category, "标题", "描述", TODAY.plusDays(30)));
        }
        return goals;
    }
}
