package cn.xianfeng.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every API test starts from {@link ApiTestBase}, so a client, admin accounts and fixtures are made one way (admin
 * accounts through the account endpoints) instead of again in each class.
 */
class ApiTestsShareTheBaseTest {

    @Test
    void everyApiTestExtendsApiTestBase() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ApiTest.class));
        List<Class<?>> apiTests = new java.util.ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("cn.xianfeng")) {
            apiTests.add(ClassUtils.forName(found.getBeanClassName(), getClass().getClassLoader()));
        }

        assertThat(apiTests).as("the scan finds the API tests").hasSizeGreaterThan(20);
        assertThat(apiTests).filteredOn(test -> !ApiTestBase.class.isAssignableFrom(test))
                .extracting(Class::getSimpleName).isEmpty();
    }
}
