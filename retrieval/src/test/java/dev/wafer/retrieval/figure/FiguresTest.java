package dev.wafer.retrieval.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static Figure only(String text) {
        List<Figure> figures = Figures.in(text);
        assertThat(figures).as(text).hasSize(1);
        return figures.getFirst();
    }

    @Test
    void oneSumOfMoneyWrittenFiveWaysIsOneFigure() {
        Figure bn = only("AMD agreed to pay $4.9bn for ZT Systems.");
        for (String other : List.of("a deal valued at US$4,900 million", "its 4.9bn-dollar agreement",
                "worth 4.9 billion US dollars", "for $4.9 billion in cash and stock")) {
            Figure figure = only(other);
            assertThat(figure.kind()).as(other).isEqualTo(Figure.Kind.MONEY);
            assertThat(figure.sameAs(bn)).as(other).isTrue();
        }
        assertThat(bn.amount()).isCloseTo(4.9e9, within(1.0));
        assertThat(bn.unit()).isEqualTo("USD");
    }

    @Test
    void exascaleComputeIsReadInEverySpelling() {
        Figure words = only("a supercomputer for about 8 exaflops of AI compute");
        assertThat(words.unit()).isEqualTo("FLOPS");
        assertThat(words.amount()).isCloseTo(8e18, within(1.0));
        Figure symbol = only("Condor Galaxy 3 delivers 8 EFLOPS");
        assertThat(symbol.sameAs(words)).isTrue();
    }

    @Test
    void currenciesAreKeptApart() {
        List<Figure> figures = Figures.in("The fund has 344bn yuan (US$47.5 billion) of capital; Germany offered 9.9 billion euros.");
        assertThat(figures).extracting(Figure::unit).containsExactly("CNY", "USD", "EUR");
        assertThat(figures.get(0).amount()).isCloseTo(344e9, within(1.0));
        assertThat(figures.get(0).comparable(figures.get(1))).isFalse();
        assertThat(only("Sales reached €120 million").unit()).isEqualTo("EUR");
        assertThat(only("1.04 billion yuan").amount()).isCloseTo(1.04e9, within(1.0));
    }

    @Test
    void shortScalesAfterACurrencySign() {
        assertThat(only("it raised $3.9M").amount()).isCloseTo(3.9e6, within(0.1));
        assertThat(only("the kit lists at $125k").amount()).isCloseTo(125e3, within(0.1));
        assertThat(only("each kit costs $125,000").sameAs(only("about $125k per kit"))).isTrue();
    }

    @Test
    void measuresKeepBitsAndBytesApart() {
        Figure tbits = only("Tomahawk 5 switches 51.2 Tb/s.");
        assertThat(tbits.unit()).isEqualTo("b/s");
        assertThat(tbits.amount()).isCloseTo(51.2e12, within(1.0));
        Figure bandwidth = only("memory bandwidth of 2 TB/s");
        assertThat(bandwidth.unit()).isEqualTo("B/s");
        assertThat(only("it gives 2 terabytes per second").sameAs(bandwidth)).isTrue();
        Figure memory = only("The H200 carries 141GB of HBM3e");
        assertThat(memory.unit()).isEqualTo("B");
        assertThat(memory.compareAmount(only("the H100's 80 GB"))).isPositive();
        assertThat(only("its Neural Engine does 38 TOPS").unit()).isEqualTo("OPS");
        assertThat(only("a 3nm process").amount()).isCloseTo(3e-9, within(1e-12));
        assertThat(only("4.5 gigawatts of capacity").unit()).isEqualTo("W");
    }

    @Test
    void sharesAndCounts() {
        assertThat(only("a credit of about 10%").kind()).isEqualTo(Figure.Kind.SHARE);
        assertThat(only("raises it to 20 per cent").amount()).isEqualTo(20.0);
        Figure wafers = only("the fab will make 50,000 wafers a month");
        assertThat(wafers.unit()).isEqualTo("wafer/month");
        assertThat(wafers.amount()).isEqualTo(50_000.0);
        assertThat(only("a rack of 144 chips").unit()).isEqualTo("chip");
        assertThat(only("about 1,000 engineers join AMD").unit()).isEqualTo("engineer");
    }

    @Test
    void namesYearsAndOrdinalsAreNoFigures() {
        assertThat(Figures.in("The H200 and MI300X shipped in 2024 on the 13th, said GPT-4's maker in Q3.")).isEmpty();
    }

    @Test
    void disagreementNeedsComparableFiguresThatDiffer() {
        List<Figure> a = Figures.in("Etched raised $120 million.");
        List<Figure> b = Figures.in("Etched raised $125m.");
        List<Figure> c = Figures.in("Etched raised US$120 mn and hired 40 people.");
        assertThat(Figures.disagree(a, b)).isTrue();
        assertThat(Figures.disagree(a, c)).isFalse();
        assertThat(Figures.disagree(a, Figures.in("It hired 40 engineers."))).isFalse();
        assertThat(Figures.share(a, c)).isTrue();
    }
}
