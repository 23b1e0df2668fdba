package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.bot.format.PlainText;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((file == null) == (words == null || words.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "Give either a QUESTION or --file FILE");
        }
        if (file != null) {
            return askAll(QuestionFile.read(file));
        }
        Question question = Question.of(String.join(" ", words));
        try (WaferServices services = options.openServices(spec)) {
            print(services.ask(question));
        }
        return 0;
    }

    private int askAll(List<QuestionFile.Line> lines) {
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        try (WaferServices services = options.openServices(spec)) {
            for (QuestionFile.Line line : lines) {
                if (line.question() == null) {
                    failed++;
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("line", line.number());
                    error.put("question", line.text());
                    error.put("error", line.error());
                    out.print(json ? JsonOutput.write(error) + "\n" : "line " + line.number() + ": " + line.error() + "\n\n");
                } else {
                    print(services.ask(line.question()));
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
