package cn.xianfeng;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 先锋号 — the server of the 科技筑梦先锋号 party-building co-construction programme. */
@SpringBootApplication
@ConfigurationPropertiesScan
@MapperScan(basePackages = "cn.xianfeng", annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class XianfengApplication {

    public static void main(String[] args) {
        SpringApplication.run(XianfengApplication.class, args);
    }
}
