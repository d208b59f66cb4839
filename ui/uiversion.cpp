// simu_ui's anchor: a static library needs at least one source of its own.
namespace Ui {
const char *uiLibraryName()
{
    return "simu_ui";
}
} // namespace Ui
