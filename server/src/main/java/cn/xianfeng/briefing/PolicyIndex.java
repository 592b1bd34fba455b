package cn.xianfeng.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * The policy assistant's retrieval: every published briefing in an in-memory Lucene index, words found by the smart
 * Chinese analyzer (Chinese has no spaces; it segments with its own bundled dictionary, nothing downloaded). A
 * question is searched in the title (weighted most), the category's name, the summary and the body, among the
 * briefings its asker may see only; the best sentence of each hit is quoted.
 *
 * <p>The index is rebuilt whole and swapped in one step ({@link #rebuild}): a bureau publishes a few hundred briefings
 * at most, which take milliseconds to index, so there is no per-document bookkeeping to get wrong.
 */
@Component
class PolicyIndex {

    /** A hit counts as an answer only when it covers this share of the question's words ... */
    static final double MIN_COVERAGE = 0.5;
    /** ... or at least this many of them (a long question rarely shares all its words with one briefing). */
    static final int MIN_MATCHED_WORDS = 3;
    private static final int QUOTE_MAX = 160;
    private static final int HEADING_MAX = 8;
    private static final double WEAK = 0.3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])|\\n+");

    /**
     * The programme's own vocabulary, as members say it and as briefings write it: a question using one form also
     * searches the others. Applied to the question only (the index keeps the briefings' own words).
     */
    private static final Map<String, List<String>> SYNONYMS = synonyms(
            List.of("加计扣除", "研发费用加计扣除", "研发费用", "税前扣除"),
            List.of("研发费", "研发费用", "研发投入"),
            List.of("高企", "高新技术企业", "高新企业"),
            List.of("高新", "高新技术企业"),
            List.of("创新券", "科技创新券", "服务券"),
            List.of("技术合同", "技术交易", "技术合同登记", "技术转让"),
            List.of("技术交易", "技术合同", "技术转让"),
            List.of("成果登记", "科技成果登记", "科技成果"),
            List.of("成果转化", "科技成果", "转化"),
            List.of("奖补", "奖励", "补助", "补贴", "财政奖补"),
            List.of("补贴", "补助", "奖补", "资助"),
            List.of("补助", "补贴", "奖补", "资助"),
            List.of("奖励", "奖补", "补助"),
            List.of("截止", "截止时间", "申报截止", "截至"),
            List.of("什么时候", "时间", "截止", "每年", "日期"),
            List.of("多久", "时限", "工作日", "日内"),
            List.of("第一次", "首次"),
            List.of("收费", "费用", "收取"),
            List.of("哪里", "地点"),
            List.of("几号", "时间", "截止"),
            List.of("培训", "培训班", "讲座", "辅导"),
            List.of("讲座", "培训", "宣讲"),
            List.of("专精特新", "专精特新中小企业"),
            List.of("小巨人", "专精特新"),
            List.of("孵化器", "众创空间", "孵化"),
            List.of("众创空间", "孵化器"),
            List.of("研发机构", "研发中心", "工程技术研究中心"),
            List.of("人才", "科技人才", "引才"),
            List.of("知识产权", "专利"),
            List.of("专利", "知识产权"),
            List.of("钱", "资金", "金额", "额度"),
            List.of("多少钱", "金额", "额度", "最高"),
            List.of("材料", "申报材料", "提交"),
            List.of("条件", "申报条件", "要求"),
            List.of("流程", "程序", "步骤", "办理"),
            List.of("怎么办", "办理", "流程"));

    /**
     * Words of a question that say nothing about its subject ("how", "our company", "policy"…): left out of the
     * search and of the coverage, so "食堂菜单怎么申请" does not match every briefing that mentions 申请.
     */
    private static final Set<String> GENERIC = Set.of(
            "怎么", "怎样", "如何", "什么", "哪些", "哪个", "哪里", "可以", "能否", "是否", "有没有", "需要", "我们",
            "我", "你", "你们", "他们", "公司", "单位", "企业", "政策", "请问", "想", "问", "一下", "吗", "呢", "么",
            "的", "了", "是", "在", "有", "和", "与", "及", "或", "要", "能", "会", "可", "把", "被", "给", "对", "从",
            "到", "为", "就", "都", "也", "还", "又", "这", "那", "哪", "啥", "个", "些", "吧", "啊", "呀", "嘛", "让",
            "请", "怎", "样", "多", "去", "做", "用", "得", "地", "着", "过", "今年", "现在", "这个", "那个", "我司",
            "咱们", "相关", "关于", "情况", "问题", "一些", "知道", "了解", "告诉", "想问", "一个", "以", "等",
            "多少", "几", "哪儿");

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private volatile Snapshot snapshot;

    /** One passage of a body (a sentence or a line) and its words. */
    private record Passage(String text, Set<String> words) {
    }

    /** A briefing as indexed: its words anywhere (for coverage) and its passages (for the quote). */
    private record Entry(BriefingInfo briefing, Set<String> words, Set<String> titleWords, List<Passage> passages) {
    }

    private record Snapshot(IndexSearcher searcher, Map<Long, Entry> entries, Map<String, Integer> documentFrequency) {
    }

    /** A briefing that answers a question, with the passage quoted from it. */
    record Hit(BriefingInfo briefing, float score, double coverage, int matchedWords, String quote) {

        boolean answers() {
            return coverage >= MIN_COVERAGE || matchedWords >= MIN_MATCHED_WORDS;
        }
    }

    boolean built() {
        return snapshot != null;
    }

    /** Replaces the whole index with these briefings. */
    synchronized void rebuild(Collection<BriefingInfo> briefings) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            Map<Long, Entry> entries = new HashMap<>();
            Map<String, Integer> documentFrequency = new HashMap<>();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (BriefingInfo briefing : briefings) {
                    Document document = new Document();
                    document.add(new StringField("id", String.valueOf(briefing.id()), Field.Store.YES));
                    document.add(new TextField("title", nonNull(briefing.title()), Field.Store.NO));
                    document.add(new TextField("category", categoryWords(briefing.category()), Field.Store.NO));
                    document.add(new TextField("summary", nonNull(briefing.summary()), Field.Store.NO));
                    document.add(new TextField("body", nonNull(briefing.bodyText()), Field.Store.NO));
                    writer.addDocument(document);
                    Entry entry = entry(briefing);
                    entries.put(briefing.id(), entry);
                    entry.words().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
                }
            }
            snapshot = new Snapshot(new IndexSearcher(DirectoryReader.open(directory)), Map.copyOf(entries),
                    Map.copyOf(documentFrequency));
        } catch (IOException e) {
            throw new UncheckedIOException("policy index could not be built", e);
        }
    }

    /**
     * The best {@code limit} briefings among {@code visibleIds} for the question, best first; empty when the question
     * has no words to search by. Each hit says whether it {@linkplain Hit#answers() answers} it.
     */
    List<Hit> search(String question, Set<Long> visibleIds, int limit) {
        Snapshot current = snapshot;
        Set<String> words = questionWords(question);
        Set<String> own = new LinkedHashSet<>(words(question));
        if (current == null || words.isEmpty() || visibleIds.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder subject = new BooleanQuery.Builder();
        for (String word : words) {
            subject.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term("title", word)), 3f),
                    new BoostQuery(new TermQuery(new Term("category", word)), 2f),
                    new BoostQuery(new TermQuery(new Term("summary", word)), 1.5f),
                    new TermQuery(new Term("body", word))), 0.3f), Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(subject.build(), Occur.MUST)
                .add(new TermInSetQuery("id", visibleIds.stream().map(id -> new BytesRef(String.valueOf(id)))
                        .toList()), Occur.FILTER)
                .build();
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc found : current.searcher().search(query, limit).scoreDocs) {
                long id = Long.parseLong(current.searcher().storedFields().document(found.doc).get("id"));
                Entry entry = current.entries().get(id);
                Set<String> matched = words.stream().filter(entry.words()::contains)
                        .collect(Collectors.toSet());
                hits.add(new Hit(entry.briefing(), found.score, (double) matched.size() / words.size(), matched.size(),
                        quote(entry, matched, own, current)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("policy index could not be searched", e);
        }
    }

    /**
     * The passage sharing the most (rarer words weigh more) with the question's words that are not in the title; the
     * title is why the briefing was found, the passage should answer the rest (asked "创新券一年能领多少额度", quote
     * the sentence about 额度, not the first one naming 创新券). Title words only break ties; the summary when no
     * passage shares any word. The quote is the briefing's own text, cut at {@value #QUOTE_MAX} characters.
     */
    private static String quote(Entry entry, Set<String> matched, Set<String> own, Snapshot current) {
        Passage best = null;
        double bestRest = 0;
        double bestTitle = 0;
        int documents = Math.max(1, current.entries().size());
        for (Passage passage : entry.passages()) {
            double rest = 0;
            double title = 0;
            for (String word : matched) {
                if (passage.words().contains(word)) {
                    // A single character is what the analyzer leaves when it knows no word there, and another form
                    // of a term is the assistant's guess, not the asker's word: both are weak evidence.
                    double weight = Math.log(1 + (double) documents / current.documentFrequency().getOrDefault(word, 1))
                            * (word.length() == 1 ? WEAK : 1) * (own.contains(word) ? 1 : WEAK);
                    if (entry.titleWords().contains(word)) {
                        title += weight;
                    } else {
                        rest += weight;
                    }
                }
            }
            if (rest > bestRest || (rest == bestRest && title > bestTitle)) {
                best = passage;
                bestRest = rest;
                bestTitle = title;
            }
        }
        String text = best != null ? best.text() : nonNull(entry.briefing().summary());
        return text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX - 1) + "…";
    }

    private Entry entry(BriefingInfo briefing) {
        Set<String> words = new LinkedHashSet<>();
        words.addAll(words(briefing.title()));
        words.addAll(words(categoryWords(briefing.category())));
        words.addAll(words(briefing.summary()));
        List<Passage> passages = new ArrayList<>();
        String heading = "";
        for (String sentence : SENTENCE_END.split(nonNull(briefing.bodyText()))) {
            String text = sentence.strip();
            if (text.isEmpty()) {
                continue;
            }
            // A short heading ("二、申领额度。") says what the next sentence is about: they are quoted together.
            if (text.length() <= HEADING_MAX) {
                heading = heading + text;
                continue;
            }
            text = heading + text;
            heading = "";
            Set<String> sentenceWords = words(text);
            passages.add(new Passage(text, sentenceWords));
            words.addAll(sentenceWords);
        }
        if (!heading.isEmpty()) {
            passages.add(new Passage(heading, words(heading)));
            words.addAll(words(heading));
        }
        return new Entry(briefing, Set.copyOf(words), words(briefing.title()), List.copyOf(passages));
    }

    /** The question's searchable words: its own, plus the other forms of the programme's terms it uses. */
    Set<String> questionWords(String question) {
        StringBuilder expanded = new StringBuilder(nonNull(question));
        SYNONYMS.forEach((term, others) -> {
            if (question != null && question.contains(term)) {
                others.forEach(other -> expanded.append(' ').append(other));
            }
        });
        Set<String> words = new LinkedHashSet<>(words(expanded.toString()));
        words.removeAll(GENERIC);
        return words;
    }

    Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The category's Chinese name, so a question naming the kind of policy finds its briefings. */
    private static String categoryWords(BriefingCategory category) {
        if (category == null) {
            return "";
        }
        return switch (category) {
            case RD_SUBSIDY -> "研发投入财政奖补";
            case RD_DEDUCTION -> "研发费用加计扣除";
            case INNOVATION_VOUCHER -> "科技创新券";
            case HIGH_TECH_ENTERPRISE -> "高新技术企业认定 高企认定";
            case RESULT_REGISTRATION -> "科技成果登记";
            case TECH_CONTRACT -> "技术合同登记";
            case TRAINING -> "培训";
            case OTHER -> "";
        };
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @SafeVarargs
    private static Map<String, List<String>> synonyms(List<String>... groups) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (List<String> group : groups) {
            map.put(group.get(0), group.subList(1, group.size()));
        }
        return Map.copyOf(map);
    }
}
