package cn.xianfeng.admin;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * An admin password: 10 to 72 characters, and at most 72 bytes in UTF-8, because BCrypt reads no further (and
 * Spring's encoder refuses longer input rather than silently ignoring the rest). Null passes; pair with
 * {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AdminPassword.Validator.class)
@interface AdminPassword {

    String message() default "密码需为 10 到 72 个字符";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AdminPassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            if (length < 10 || length > 72) {
                return false;
            }
            if (value.getBytes(StandardCharsets.UTF_8).length > 72) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("密码过长：按 UTF-8 编码不能超过 72 字节（一个汉字占 3 字节）")
                        .addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
