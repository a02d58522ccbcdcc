// Times one frame of the projection view: 50,000 points with 500 labels painted offscreen at
// 1280x800, as the view paints them (sprites blended into an image, labels placed greedily),
// side by side with the same scene drawn point by point with QPainter::drawEllipse (the
// obvious way, also what SVG export does). Every frame pans by one pixel, so every cache is
// rebuilt: points, hit-testing grid and labels. Rounds alternate the two renderers so that
// load from other processes hits both alike. Usage:
//   ewb_bench_render [POINTS] [LABELS] [ROUNDS]      (defaults 50000 500 7)
#include "ui/projectionview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

using namespace ewb;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wall = 0; ///< ms per frame
    double cpu = 0; ///< ms of this thread's CPU per frame: what an idle core would take
};

// Per-frame times over `frames` frames, each panned by one pixel.
Timing timeFrames(ui::ProjectionView &view, QImage &image, bool scalable, int frames)
{
    QElapsedTimer clock;
    clock.start();
    const double cpu = threadCpuMs();
    for (int f = 0; f < frames; ++f) {
        view.pan(QPointF(f % 2 == 0 ? 1.0 : -1.0, 0.0));
        QPainter painter(&image);
        view.paintScene(painter, image.size(), scalable);
    }
    return { double(clock.nsecsElapsed()) / 1e6 / frames, (threadCpuMs() - cpu) / frames };
}

void report(const char *name, const std::vector<Timing> &timings)
{
    std::vector<double> wall, cpu;
    for (const Timing &t : timings) {
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    std::printf("%-22s median %7.2f ms/frame wall, %7.2f ms/frame CPU (min CPU %.2f)\n", name,
                median(wall), median(cpu), *std::min_element(cpu.begin(), cpu.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int points = argc > 1 ? std::atoi(argv[1]) : 50000;
    const int labels = argc > 2 ? std::atoi(argv[2]) : 500;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 7;
    if (points < 1 || labels < 0 || rounds < 1) {
        std::fprintf(stderr, "usage: ewb_bench_render [POINTS] [LABELS] [ROUNDS]\n");
        return 64;
    }

    // Twenty Gaussian clusters of pseudo-words 3 to 10 letters long, like a t-SNE layout.
    std::mt19937 random(42);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::uniform_int_distribution<int> letter('a', 'z');
    std::uniform_int_distribution<int> length(3, 10);
    std::vector<QPointF> centres;
    for (int c = 0; c < 20; ++c)
        centres.emplace_back(gauss(random) * 30, gauss(random) * 30);
    QStringList words;
    QList<QPointF> layout;
    QList<quint8> classes;
    for (int i = 0; i < points; ++i) {
        QString word;
        for (int k = length(random); k > 0; --k)
            word.append(QChar(letter(random)));
        words.append(word + QString::number(i));
        const int c = i % 20;
        layout.append(centres[std::size_t(c)] + QPointF(gauss(random) * 4, gauss(random) * 4));
        classes.append(quint8(c % 8));
    }
    QList<QColor> colours;
    for (int c = 0; c < 8; ++c)
        colours.append(QColor::fromHsv(c * 45, 200, 200));

    ui::ProjectionView view;
    view.resize(1280, 800);
    view.setWords(words);
    view.setPositions(layout);
    view.setColourClasses(classes, colours);
    view.setLabelLimit(labels);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        view.paintScene(painter, image.size(), false);
    }
    const qsizetype labelled = view.labelledWords().size();

    std::vector<Timing> sprite, ellipse;
    for (int r = 0; r < rounds; ++r) {
        sprite.push_back(timeFrames(view, image, false, 20));
        ellipse.push_back(timeFrames(view, image, true, 3));
    }
    std::printf("points %d, labels asked %d, labels placed %lld, %d rounds, 1280x800\n", points,
                labels, static_cast<long long>(labelled), rounds);
    report("view (sprites):", sprite);
    report("QPainter drawEllipse:", ellipse);
    std::vector<double> ratio;
    for (int r = 0; r < rounds; ++r)
        ratio.push_back(ellipse[std::size_t(r)].cpu / sprite[std::size_t(r)].cpu);
    std::printf("CPU ratio ellipse / sprites, median of rounds: %.1f x\n", median(ratio));
    return 0;
}
