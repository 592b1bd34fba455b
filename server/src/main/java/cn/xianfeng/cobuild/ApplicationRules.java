package cn.xianfeng.cobuild;

import cn.xianfeng.cobuild.ApplicationForm.GoalForm;
import cn.xianfeng.cobuild.ApplicationForm.PartnerForm;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a complete application needs before the bureau sees it. Each programme rule has a code of its own, so the
 * form can say exactly what is wrong; anything merely missing is {@code APPLICATION_INCOMPLETE} with the fields.
 */
final class ApplicationRules {

    private ApplicationRules() {
    }

    /** Checked on every save: the five goals are one per category. */
    static void checkGoalCategories(List<GoalForm> goals) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<GoalCategory> seen = EnumSet.noneOf(GoalCategory.class);
        for (int i = 0; goals != null && i < goals.size(); i++) {
            GoalCategory category = goals.get(i).category();
            if (category == null) {
                errors.put("goals[" + i + "].category", "请选择目标类别");
            } else if (!seen.add(category)) {
                errors.put("goals[" + i + "].category", "同一类别的目标只能有一项");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("VALIDATION_FAILED", "目标类别有误", errors);
        }
    }

    static void checkComplete(ApplicationForm form, LocalDate today) {
        if (form.mode() == ApplicationMode.JOINT && (form.partners() == null || form.partners().isEmpty())) {
            throw new RuleViolationException("APPLICATION_JOINT_NEEDS_PARTNER", "联合申报至少需要一个共建单位",
                    Map.of("partners", "请添加共建单位"));
        }
        if (form.mode() == ApplicationMode.SOLO && form.partners() != null && !form.partners().isEmpty()) {
            throw new RuleViolationException("APPLICATION_SOLO_HAS_PARTNERS", "独立申报不能有共建单位，请改为联合申报",
                    Map.of("mode", "有共建单位时请选择联合申报"));
        }
        Map<String, String> liaisonErrors = new LinkedHashMap<>();
        List<PartnerForm> partners = form.partners() == null ? List.of() : form.partners();
        for (int i = 0; i < partners.size(); i++) {
            if (blank(partners.get(i).liaisonName())) {
                liaisonErrors.put("partners[" + i + "].liaisonName", "请填写共建联络员");
            }
            if (blank(partners.get(i).liaisonPhone())) {
                liaisonErrors.put("partners[" + i + "].liaisonPhone", "请填写共建联络员电话");
            }
        }
        if (!liaisonErrors.isEmpty()) {
            throw new RuleViolationException("APPLICATION_PARTNER_NEEDS_LIAISON", "每个共建单位都需要一名共建联络员",
                    liaisonErrors);
        }
        if (form.pioneer() != null && Boolean.FALSE.equals(form.pioneer().partyMember())) {
            throw new RuleViolationException("APPLICATION_PIONEER_NOT_PARTY_MEMBER", "科技党建先锋须为中共党员",
                    Map.of("pioneer.partyMember", "科技党建先锋须为中共党员"));
        }

        Map<String, String> missing = new LinkedHashMap<>();
        if (form.mode() == null) {
            missing.put("mode", "请选择申报方式");
        }
        if (form.lead() == null || blank(form.lead().name())) {
            missing.put("lead.name", "请填写牵头单位名称");
        }
        if (form.lead() == null || form.lead().type() == null) {
            missing.put("lead.type", "请选择牵头单位类型");
        }
        for (int i = 0; i < partners.size(); i++) {
            if (blank(partners.get(i).name())) {
                missing.put("partners[" + i + "].name", "请填写共建单位名称");
            }
            if (partners.get(i).type() == null) {
                missing.put("partners[" + i + "].type", "请选择共建单位类型");
            }
        }
        if (form.pioneer() == null || blank(form.pioneer().name())) {
            missing.put("pioneer.name", "请填写科技党建先锋姓名");
        }
        if (form.pioneer() == null || blank(form.pioneer().title())) {
            missing.put("pioneer.title", "请填写科技党建先锋职务");
        }
        if (form.pioneer() == null || blank(form.pioneer().phone())) {
            missing.put("pioneer.phone", "请填写科技党建先锋电话");
        }
        if (form.pioneer() == null || form.pioneer().partyMember() == null) {
            missing.put("pioneer.partyMember", "请确认科技党建先锋的党员身份");
        }
        checkGoals(form.goals(), today, missing);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("APPLICATION_INCOMPLETE", "申报信息尚未填写完整", missing);
        }
    }

    private static void checkGoals(List<GoalForm> goals, LocalDate today, Map<String, String> missing) {
        Set<GoalCategory> present = EnumSet.noneOf(GoalCategory.class);
        List<GoalForm> list = goals == null ? List.of() : goals;
        for (int i = 0; i < list.size(); i++) {
            GoalForm goal = list.get(i);
            if (goal.category() != null) {
                present.add(goal.category());
            }
            if (blank(goal.title())) {
                missing.put("goals[" + i + "].title", "请填写目标标题");
            }
            if (blank(goal.description())) {
                missing.put("goals[" + i + "].description", "请填写目标描述");
            }
            if (goal.targetDate() == null) {
                missing.put("goals[" + i + "].targetDate", "请填写目标完成日期");
            } else if (!goal.targetDate().isAfter(today)) {
                missing.put("goals[" + i + "].targetDate", "目标完成日期须晚于今天");
            }
        }
        for (GoalCategory category : GoalCategory.values()) {
            if (!present.contains(category)) {
                missing.put("goals." + category.name(), "请填写“五个一”中的这一项目标");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
