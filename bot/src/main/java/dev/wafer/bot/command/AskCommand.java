package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.bot.format.PlainText;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", description = {"Answer a question from the news, citing dated sources.",
        "With --file, answer every question in a file (one per line, or JSON Lines with a \"question\" field), in order;",
        "a line without a usable question is reported in its place and the rest go on (exit code 2 if any failed)."})
final class AskCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--file", paramLabel = "FILE", description = "Answer the questions in FILE instead of one question.")
    Path file;

    @Option(names = "--as-of", paramLabel = "DAY",
            description = "Answer only from articles published by DAY (e.g. 2025-05-01): what was known then.")
    String asOf;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((file == null) == (words == null || words.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "Give either a QUESTION or --file FILE");
        }
        LocalDate day = asOfDay();
        if (file != null) {
            return askAll(file, day);
        }
        Question question = Question.of(String.join(" ", words)).withAsOf(day);
        try (WaferServices services = options.openServices(spec)) {
            print(services.ask(question));
        }
        return 0;
    }

    private LocalDate asOfDay() {
        return DayOption.parse(spec, "--as-of", asOf);
    }

    private int askAll(Path file, LocalDate day) {
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        try (QuestionFile questions = QuestionFile.open(file); WaferServices services = options.openServices(spec)) {
            for (QuestionFile.Line line = questions.next(); line != null; line = questions.next()) {
                if (line.question() == null) {
                    failed++;
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("line", line.number());
                    error.put("question", line.text());
                    error.put("error", line.error());
                    out.print(json ? JsonOutput.write(error) + "\n" : "line " + line.number() + ": " + line.error() + "\n\n");
                } else {
                    print(services.ask(line.question().withAsOf(day)));
                    if (!json) {
                        out.println();
                    }
                }
                out.flush();
            }
        }
        return failed == 0 ? 0 : 2;
    }

    private void print(Answer answer) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonOutput.write(JsonOutput.answer(answer)) + "\n" : PlainText.answer(answer));
        out.flush();
    }
}
