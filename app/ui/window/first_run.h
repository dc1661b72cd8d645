#pragma once

namespace Core {
class Store;
}

namespace Ui {

class MainWindow;

// A first start (the welcome feed was just added): the window shows the
// welcome feed and its first story. Nothing modal opens.
void showWelcomeFeed(MainWindow *window, Core::Store *store);

} // namespace Ui
