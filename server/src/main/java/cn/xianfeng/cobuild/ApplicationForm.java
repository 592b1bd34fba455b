package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import cn.xianfeng.org.ValidCreditCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The application form as the mini-program sends it, on create and on every (auto)save. A draft may leave anything
 * out; formats and lengths are checked on every save, completeness only on submit ({@link ApplicationRules}).
 * {@code clientId}, the client's own id for a new draft, makes a retried create return the draft it already made.
 */
public record ApplicationForm(
        @Pattern(regexp = "^$|^[A-Za-z0-9_-]{8,64}$", message = "clientId 格式不正确") String clientId,
        ApplicationMode mode,
        @Valid UnitForm lead,
        @Size(max = 10, message = "共建单位最多 10 个")
        List<@NotNull(message = "共建单位不能为空") @Valid PartnerForm> partners,
        @Valid PioneerForm pioneer,
        @Size(max = 5, message = "目标最多 5 项") List<@NotNull(message = "目标不能为空") @Valid GoalForm> goals,
        @Size(max = 2000, message = "申报理由最多 2000 字") String motivation) {

    static final String PHONE = "^$|^[0-9+\\-() ]{5,20}$";
    static final String PHONE_MESSAGE = "电话号码格式不正确";
    static final String ID = "^$|^\\d{1,18}$";

    /** The lead unit (牵头单位). */
    public record UnitForm(
            @Pattern(regexp = ID, message = "单位编号不正确") String unitId,
            @Size(max = 100, message = "单位名称最多 100 字") String name,
            UnitType type,
            @Size(max = 100, message = "党组织名称最多 100 字") String partyOrgName,
            @ValidCreditCode String creditCode,
            @Size(max = 200, message = "地址最多 200 字") String address) {
    }

    /** A partner unit (共建单位) and its liaison (共建联络员). */
    public record PartnerForm(
            @Pattern(regexp = ID, message = "单位编号不正确") String unitId,
            @Size(max = 100, message = "单位名称最多 100 字") String name,
            UnitType type,
            @Size(max = 100, message = "党组织名称最多 100 字") String partyOrgName,
            @ValidCreditCode String creditCode,
            @Size(max = 200, message = "地址最多 200 字") String address,
            @Size(max = 32, message = "联络员姓名最多 32 字") String liaisonName,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String liaisonPhone) {
    }

    /** The proposed 科技党建先锋. */
    public record PioneerForm(
            @Size(max = 32, message = "姓名最多 32 字") String name,
            @Size(max = 64, message = "职务最多 64 字") String title,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            Boolean partyMember) {
    }

    public record GoalForm(
            GoalCategory category,
            @Size(max = 100, message = "目标标题最多 100 字") String title,
            @Size(max = 1000, message = "目标描述最多 1000 字") String description,
            LocalDate targetDate) {
    }
}
