package cn.xianfeng.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the request field a cross-field rule is about. Bean Validation reports an {@code @AssertTrue boolean
 * isTextOnly()} under {@code textOnly}, a name the client never sent and a form cannot place; with
 * {@code @ReportedOn("type")} the problem detail puts the message under {@code type} instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportedOn {

    String value();
}
