package dev.wafer.bot.command;

import dev.wafer.bot.format.JsonOutput;
import dev.wafer.bot.format.PlainText;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", description = "Answer a question from the news, citing dated sources.")
final class AskCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Question question = Question.of(String.join(" ", words));
        try (WaferServices services = WaferServices.open(options.folder(), new StderrProgress(spec.commandLine().getErr(), "Indexing"))) {
            Answer answer = services.ask(question);
            var out = spec.commandLine().getOut();
            out.print(json ? JsonOutput.write(JsonOutput.answer(answer)) + "\n" : PlainText.answer(answer));
            out.flush();
        }
        return 0;
    }
}
