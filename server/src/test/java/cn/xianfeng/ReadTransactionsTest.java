package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads run in autocommit. A read-only transaction around them costs round trips to the database on every call (set
 * read-only, begin, commit, reset) and buys one snapshot for the statements inside, which no read here needs: at
 * worst a page's total and its rows are read a moment apart. Only writes are transactional.
 */
class ReadTransactionsTest {

    @Test
    void noReadOnlyTransactions() throws IOException {
        SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        List<String> found = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:cn/xianfeng/**/*.class")) {
            MetadataReader reader = readers.getMetadataReader(resource);
            AnnotationMetadata type = reader.getAnnotationMetadata();
            if (readOnly(type.getAnnotationAttributes(Transactional.class.getName()))) {
                found.add(type.getClassName());
            }
            for (MethodMetadata method : type.getAnnotatedMethods(Transactional.class.getName())) {
                if (readOnly(method.getAnnotationAttributes(Transactional.class.getName()))) {
                    found.add(type.getClassName() + "#" + method.getMethodName());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean readOnly(Map<String, Object> attributes) {
        return attributes != null && Boolean.TRUE.equals(attributes.get("readOnly"));
    }
}
