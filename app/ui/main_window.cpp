#include "ui/main_window.h"

#include <QLabel>

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Tidings"));
    setCentralWidget(new QLabel(tr("Welcome to Tidings"), this));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

} // namespace Ui
