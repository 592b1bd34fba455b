package cn.xianfeng.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The whole editable record of a unit; optional fields sent empty or null are cleared. */
public record UnitUpdateRequest(
        @NotBlank(message = "请填写单位名称") @Size(max = 100, message = "单位名称最多 100 个字") String name,
        @NotNull(message = "请选择单位类型") UnitType type,
        @Size(max = 100, message = "党组织名称最多 100 个字") String partyOrgName,
        @ValidCreditCode String creditCode,
        @Size(max = 200, message = "地址最多 200 个字") String address,
        @Size(max = 32, message = "联系人最多 32 个字") String contactName,
        @Pattern(regexp = "^[0-9+\\-() ]{5,20}$", message = "联系电话格式不正确") String contactPhone) {
}
