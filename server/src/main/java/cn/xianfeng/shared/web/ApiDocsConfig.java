package cn.xianfeng.shared.web;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.security.MemberCaller;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document (served in the local and test profiles, and committed as {@code docs/api/openapi.json}
 * for the mini-program's contract test). The caller comes from the bearer token, not from a parameter; operation ids
 * name the controller and method, so they do not depend on the order springdoc happens to meet same-named methods.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(MemberCaller.class, AdminCaller.class);
    }

    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> operation.operationId(
                handler.getBeanType().getSimpleName() + "_" + handler.getMethod().getName());
    }
}
