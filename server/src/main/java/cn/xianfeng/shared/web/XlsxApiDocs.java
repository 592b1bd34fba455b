package cn.xianfeng.shared.web;

import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * In the API document, an {@link XlsxDownload} answers a binary XLSX file, not the JSON object springdoc would infer
 * from the callback type. The mapping itself names no {@code produces}: its problems must still be JSON.
 */
@Configuration(proxyBeanMethods = false)
class XlsxApiDocs {

    @Bean
    OperationCustomizer xlsxDownloads() {
        return (operation, handler) -> {
            ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
            if (ResponseEntity.class.isAssignableFrom(returned.toClass())
                    && StreamingResponseBody.class.isAssignableFrom(returned.getGeneric(0).toClass())) {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                        : operation.getResponses();
                responses.addApiResponse("200", new ApiResponse().description("XLSX")
                        .content(new Content().addMediaType(XlsxDownload.XLSX.toString(),
                                new io.swagger.v3.oas.models.media.MediaType().schema(new BinarySchema()))));
                operation.setResponses(responses);
            }
            return operation;
        };
    }
}
