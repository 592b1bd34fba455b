package cn.xianfeng.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values fitted to WeChat's rules for each kind of template key. */
class PushValuesTest {

    @Test
    void aLongThingIsCutToTwentyCharactersEndingInAnEllipsis() {
        String fitted = PushValues.fit("thing1", "一二三四五六七八九十一二三四五六七八九十一二");

        assertThat(fitted).hasSize(20).endsWith("…").startsWith("一二三四五六七八九十");
        assertThat(PushValues.fit("thing2", "  短标题 ")).isEqualTo("短标题");
    }

    @Test
    void timesAndDatesAreWrittenAsWeChatShowsThemInShanghaiTime() {
        assertThat(PushValues.fit("time2", "2026-12-02T01:30:00Z")).isEqualTo("2026年12月02日 09:30");
        assertThat(PushValues.fit("time2", "2026-12-02T09:30:00+08:00")).isEqualTo("2026年12月02日 09:30");
        assertThat(PushValues.fit("time2", "2027-03-31")).isEqualTo("2027年03月31日 00:00");
        assertThat(PushValues.fit("date3", "2027-03-31")).isEqualTo("2027年03月31日");
        assertThat(PushValues.fit("date3", "2027-03-31T10:00:00+08:00")).isEqualTo("2027年03月31日");
        assertThat(PushValues.fit("time2", "不是时间")).isNull();
    }

    @Test
    void phrasesKeepFiveChineseCharactersAndNamesTen() {
        assertThat(PushValues.fit("phrase3", "已逾期 overdue")).isEqualTo("已逾期");
        assertThat(PushValues.fit("phrase3", "审核未通过请修改")).isEqualTo("审核未通过");
        assertThat(PushValues.fit("phrase3", "OK")).isEqualTo("无");
        assertThat(PushValues.fit("name1", "欧阳一二三四五六七八九")).isEqualTo("欧阳一二三四五六七八");
        assertThat(PushValues.fit("name1", "Alexander Hamilton-Burr Jr")).hasSize(20);
    }

    @Test
    void codesNumbersAndLettersDropWhatTheirKindDoesNotAllow() {
        assertThat(PushValues.fit("character_string4", "编号 AB-12 ".repeat(10))).matches("[\\x21-\\x7E]{1,32}");
        assertThat(PushValues.fit("number5", "约 12.5 万元")).isEqualTo("12.5");
        assertThat(PushValues.fit("letter6", "a1b2")).isEqualTo("ab");
        assertThat(PushValues.fit("number5", "无")).isNull();
    }

    @Test
    void theTemplatesKeysTakeTheirLogicalValuesAndAMissingThingBecomesAPlaceholder() {
        Map<String, String> data = PushValues.data(Map.of("thing1", "title", "time2", "time", "thing3", "place"),
                Map.of("title", "讲座", "time", "2026-12-02T01:30:00Z"));

        assertThat(data).containsEntry("thing1", "讲座").containsEntry("time2", "2026年12月02日 09:30")
                .containsEntry("thing3", "无");
    }
}
