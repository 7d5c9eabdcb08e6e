"""The Dagster UI of `gsc-assets dev` in a real headless Chromium (Debian's chromium + chromium-driver, driven by
selenium; nothing is downloaded): a person's first visit, a 2-day backfill of one table launched from the
"Materialize…" dialog, and what the UI then shows. Screenshots are saved as artifacts (and copied to
$GSC_SCREENSHOT_DIR when set: `GSC_SCREENSHOT_DIR=docs/img` refreshes the docs' pictures).

The module costs about 140 s on a 2-core machine, run alone: 20 s to start the shared `dev` fixture, 40 s waiting
for the instance to be quiet, a minute for the backfill and the automation sensor's refresh, the rest in the browser.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gsc_assets_tests.fixtures_dev import (
    CHECK_EXECUTIONS,
    latest_materialisation,
    wait_for_backfill,
    wait_until_quiet,
)

pytestmark = pytest.mark.timeout(600)

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    if os.environ.get("CI"):  # `make test` installs them as root: CI must not skip silently
        raise RuntimeError("Debian's chromium and chromium-driver are missing (`make browser` installs them)")
    pytest.skip("needs Debian's chromium and chromium-driver (`make browser`)", allow_module_level=True)

os.environ["SE_OFFLINE"] = "true"  # selenium-manager must never fetch a driver or a browser

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import ElementClickInterceptedException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

TABLE = "query_page_daily"
START, END = dt.date(2026, 10, 24), dt.date(2026, 10, 25)
CHECKS = ("metric_ranges", "row_cap")
UI_WAIT_S = 90  # a page of the UI on a busy 2-core machine
LIFETIME_WAIT_S = 180  # the automation sensor ticks every 30 s
GREEN = "var(--color-accent-green)"  # a materialized partition's status dot
SHOWS_NUX = "{ shouldShowNux }"
RUN = """query($id: ID!) { runOrError(runId: $id) { ... on Run { tags { key value } assetSelection { path } } } }"""
NAV_LINEAGE = "//a[normalize-space()='Lineage'][not(@role='tab')]"


# --- the browser -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1300"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(UI_WAIT_S)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def waiting(driver: WebDriver, timeout: float = UI_WAIT_S) -> WebDriverWait:
    return WebDriverWait(driver, timeout, poll_frequency=0.5, ignored_exceptions=(StaleElementReferenceException,))


def visible(driver: WebDriver, xpath: str, timeout: float = UI_WAIT_S) -> WebElement:
    """The first element matching `xpath` that is displayed (the page's <title> and hidden copies never are)."""
    return waiting(driver, timeout).until(EC.visibility_of_any_elements_located((By.XPATH, xpath)), xpath)[0]


def click(driver: WebDriver, xpath: str, timeout: float = UI_WAIT_S) -> WebElement:
    """Click the first displayed, enabled match, waiting while something (a toast, an animation) is in the way."""

    def clicked(driver: WebDriver) -> WebElement | bool:
        for element in driver.find_elements(By.XPATH, xpath):
            if element.is_displayed() and element.is_enabled():
                try:
                    element.click()
                except ElementClickInterceptedException:
                    return False
                return element
        return False

    return waiting(driver, timeout).until(clicked, xpath)


def tab(driver: WebDriver, name: str) -> None:
    click(driver, f"//*[@role='tab'][normalize-space()='{name}']")
    visible(driver, f"//*[@role='tab'][normalize-space()='{name}'][@aria-selected='true']")


def shoot(driver: WebDriver, shots: Path, name: str) -> Path:
    time.sleep(1)  # let charts and transitions settle: the picture is for people
    path = shots / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


@contextmanager
def artifacts_on_failure(driver: WebDriver, shots: Path) -> Iterator[None]:
    try:
        yield
    except BaseException:
        driver.save_screenshot(str(shots / "failure.png"))
        (shots / "failure.html").write_text(driver.page_source)
        print(f"browser test failed on {driver.current_url}: see {shots}/failure.png")
        raise


# --- the pages -------------------------------------------------------------------------------------------------


def dismiss_first_visit_dialog(driver: WebDriver, dev) -> None:
    """A fresh instance greets its first visitor with "Join the Dagster community"; Skip records it as seen."""
    dialog = visible(driver, "//*[@role='dialog'][.//*[normalize-space()='Join the Dagster community']]")
    dialog.find_element(By.XPATH, ".//button[normalize-space()='Skip']").click()
    waiting(driver).until(EC.invisibility_of_element(dialog))
    waiting(driver).until(lambda _: not dev.graphql(SHOWS_NUX)["shouldShowNux"], "the dialog came back")


def graph_node(driver: WebDriver, name: str) -> WebElement:
    """The lineage's node of asset `name`; zoomed out, the UI shortens a long name in its middle (`lifetime_que…_page`:
    the graph grew with gsc/sites and gsc/sitemaps)."""

    def shown_as(text: str) -> bool:
        head, dots, tail = text.partition("…")
        return text == name or (bool(dots) and name.startswith(head) and name.endswith(tail) and len(name) > len(text))

    def find(_: WebDriver) -> WebElement | bool:
        for element in driver.find_elements(By.XPATH, "//div[contains(@class,'AssetNode_assetName')]"):
            if shown_as(element.text.strip()) and element.is_displayed():  # stale (re-rendered): `waiting` retries
                return element
        return False

    return waiting(driver).until(find, f"no lineage node for {name}")


def fit_graph(driver: WebDriver) -> None:
    """Zoom the lineage out until every asset node is inside the window."""
    names = "//div[contains(@class,'AssetNode_assetName')]"
    height = driver.execute_script("return window.innerHeight")
    for _ in range(8):
        rects = [e.rect for e in driver.find_elements(By.XPATH, names)]
        if rects and all(100 <= r["y"] and r["y"] + 80 <= height for r in rects):
            return
        click(driver, "//button[.//*[@role='img' and @aria-label='zoom_out']]")
        time.sleep(0.7)


def partition_dots(driver: WebDriver, key: str) -> list[str]:
    """The status dots after a partition key in the Partitions tab's lists (one per key of the other dimension)."""
    xpath = f"//div[@data-tooltip='{key}']/following-sibling::div[contains(@style,'border-radius')]"
    return [dot.get_attribute("style") or "" for dot in driver.find_elements(By.XPATH, xpath)]


def open_partition(driver: WebDriver, day: dt.date, site: str) -> None:
    """In the Partitions tab: filter the dates, pick the day, then the site (the order of the dimensions)."""
    search = visible(driver, "//input[starts-with(@placeholder,'Filter by date')]")
    wanted = day.isoformat()[:-1]
    # A React input: clear() empties the DOM value but not React's state, so the next keys were appended to the
    # old filter. Select everything and type over it, as a person does, until the box says exactly what we typed.
    for _ in range(5):
        search.send_keys(Keys.CONTROL, "a")
        search.send_keys(wanted)
        if search.get_attribute("value") == wanted:
            break
    assert search.get_attribute("value") == wanted, search.get_attribute("value")
    click(driver, f"//div[@data-tooltip='{day}']")
    waiting(driver).until(EC.url_contains(f"partition={day}"))
    visible(driver, f"//div[@data-tooltip='{site}']")


def select_dates_by_dragging(driver: WebDriver, dialog: WebElement, start: dt.date, end: dt.date) -> str:
    """Drag across the date bar of the launch dialog, as a person selects a range; returns the text it produced."""
    date_input = dialog.find_element(By.XPATH, ".//input[starts-with(@placeholder,'ex:')]")
    shown = re.findall(r"\d{4}-\d{2}-\d{2}", date_input.get_attribute("placeholder") or "")  # its first and last
    first, last = dt.date.fromisoformat(shown[0]), dt.date.fromisoformat(shown[-1])
    bar = dialog.find_element(By.XPATH, f".//*[normalize-space(text())='{first}']/../preceding-sibling::*[1]")
    width = bar.rect["width"]
    cell = width / ((last - first).days + 1)

    def offset(day: dt.date) -> int:
        return round(((day - first).days + 0.5) * cell - width / 2)

    (
        ActionChains(driver)
        .move_to_element_with_offset(bar, offset(start), 0)
        .click_and_hold()
        .move_to_element_with_offset(bar, offset(end), 0)
        .release()
        .perform()
    )
    return date_input.get_attribute("value") or ""


def launch_from_dialog(driver: WebDriver, shots: Path, site: str) -> str:
    """The asset page's "Materialize…" dialog: 2 days by dragging, one site from the picker, "Launch backfill"."""
    click(driver, "//button[.//span[starts-with(normalize-space(),'Materialize')]]")
    dialog = visible(driver, f"//*[@role='dialog'][.//*[normalize-space()='Launch runs to materialize gsc / {TABLE}']]")
    expected = f"[{START}...{END}]"
    typed = select_dates_by_dragging(driver, dialog, START, END)
    if typed != expected:  # a pixel off on a narrow bar: type the range instead, as the placeholder suggests
        print(f"dragging selected {typed!r}; typing {expected!r}")
        date_input = dialog.find_element(By.XPATH, ".//input[starts-with(@placeholder,'ex:')]")
        date_input.send_keys(Keys.CONTROL, "a")
        date_input.send_keys(expected, Keys.ENTER)
    assert dialog.find_element(By.XPATH, ".//input[starts-with(@placeholder,'ex:')]").get_attribute("value") == expected
    picker = dialog.find_element(
        By.XPATH, ".//span[normalize-space()='site']/ancestor::div[.//*[@aria-haspopup='dialog']][1]"
        "//*[@aria-haspopup='dialog']",
    )  # fmt: skip
    picker.click()
    menu = visible(driver, f"//*[@id='{picker.get_attribute('aria-controls')}']")
    menu.find_element(By.XPATH, f".//label[.//*[normalize-space(text())='{site}']]").click()
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()  # closes the picker, not the dialog
    waiting(driver).until(EC.invisibility_of_element(menu))
    visible(driver, "//*[@role='dialog']//*[normalize-space()='2 partitions']")
    shoot(driver, shots, "launch-dialog")
    click(driver, "//*[@role='dialog']//button[normalize-space()='Launch backfill']")
    toast = visible(driver, "//*[starts-with(normalize-space(text()),'Created backfill')]")
    backfill_id = toast.text.split()[-1]
    waiting(driver).until(EC.invisibility_of_element(dialog))
    return backfill_id


# --- the test --------------------------------------------------------------------------------------------------


def test_a_backfill_launched_in_the_ui(dev, browser, shots):
    """Issue: dismiss the first-visit dialog, open the lineage, open query_page_daily, launch a 2-day backfill of
    that one table from the dialog, wait for it: its partitions turn green, its checks show Passed (not Skipped),
    lifetime_query_page refreshes by itself while lifetime_page (whose parent did not change) does not."""
    site = dev.sites[0]
    with artifacts_on_failure(browser, shots):
        first_visit = dev.graphql(SHOWS_NUX)["shouldShowNux"]
        browser.get(dev.url + "/")
        if first_visit:  # a fresh instance (another browser test of this session may have seen it first)
            dismiss_first_visit_dialog(browser, dev)

        # The lineage, then the table's node, its sidebar and its page in the catalog.
        click(browser, NAV_LINEAGE)
        visible(browser, "//*[normalize-space(text())='Global asset lineage']")
        graph_node(browser, TABLE).click()
        click(browser, "//a[normalize-space()='View in Asset Catalog']")
        waiting(browser).until(EC.url_contains(f"/assets/gsc/{TABLE}"))

        # Before: neither day is materialized for the site.
        tab(browser, "Partitions")
        for day in (START, END):
            open_partition(browser, day, site)
            dots = partition_dots(browser, site)
            assert len(dots) == 1 and GREEN not in dots[0], (day, dots)

        wait_until_quiet(dev)  # nothing in flight: what changes next is ours
        before_page = latest_materialisation(dev, "lifetime_page")
        before_query_page = latest_materialisation(dev, "lifetime_query_page")
        backfill_id = launch_from_dialog(browser, shots, site)

        # The backfill page, while and after it runs; GraphQL says when it is done.
        browser.get(f"{dev.url}/runs/b/{backfill_id}")
        visible(browser, f"//*[normalize-space(text())='{START}|{site}']")
        runs = wait_for_backfill(dev, backfill_id)
        assert len(runs) == 1 and runs[0]["status"] == "SUCCESS", runs  # single-run backfill policy
        (run_id,) = (run["runId"] for run in runs)
        browser.refresh()
        visible(browser, "//*[normalize-space(text())='100% completed']")
        visible(browser, "//*[normalize-space(text())='Status']/following-sibling::*//*[@data-tooltip='Succeeded']")
        shoot(browser, shots, "backfill")

        # Its checks ran in the backfill's run, on what it loaded, and passed.
        for check in CHECKS:
            executions = dev.graphql(CHECK_EXECUTIONS, path=["gsc", TABLE], name=check)["assetCheckExecutions"]
            mine = [e for e in executions if e["runId"] == run_id]
            assert len(mine) == 1, (check, executions)
            assert mine[0]["status"] == "SUCCEEDED" and mine[0]["evaluation"]["success"], mine
            figures = {m["label"]: m.get("intValue") for m in mine[0]["evaluation"]["metadataEntries"]}
            assert figures["partitions_checked"] == 2, (check, figures)

        # The asset page: both days green for the site, with the materialization's metadata.
        click(browser, f"//a[.//*[@title='gsc / {TABLE}']]")
        waiting(browser).until(EC.url_contains(f"/assets/gsc/{TABLE}"))
        tab(browser, "Partitions")
        for day in (END, START):
            open_partition(browser, day, site)
            dots = partition_dots(browser, site)
            assert len(dots) == 1 and GREEN in dots[0], (day, dots)
        click(browser, f"//div[@data-tooltip='{site}']")
        visible(browser, f"//div[@data-tooltip='{START}|{site}'][.//*[@data-tooltip='Materialized']]")  # its header
        visible(browser, "//*[normalize-space(text())='dagster/row_count']")
        shoot(browser, shots, "partitions")

        # The Checks tab: both checks Succeeded; the latest evaluation of each Passed (not Skipped), in our run.
        tab(browser, "Checks")
        for check in CHECKS:
            visible(browser, f"//div[@title='{check}']/following-sibling::*[normalize-space()='Succeeded']")
        for check in reversed(CHECKS):  # ends on metric_ranges, for the picture
            click(browser, f"//div[@title='{check}']")
            visible(browser, f"//*[@aria-label='asset_check']/following-sibling::*[normalize-space()='{check}']")
            result = "//span[normalize-space(text())='Evaluation result']/.."
            visible(browser, f"{result}//*[@data-tooltip='Passed']")
            visible(browser, f"{result}/..//a[starts-with(@href,'/runs/{run_id}')]")
        assert not browser.find_elements(By.XPATH, "//*[normalize-space(text())='Skipped']")
        shoot(browser, shots, "checks")

        # The Overview tab's metadata plots (one chart per numeric figure, by partition), down to the site's own
        # chart: `rows · <site>` exists only on that site's partitions, so sites do not zigzag on one line.
        tab(browser, "Overview")
        click(browser, "//button[.//*[@role='img' and @aria-label='asset_plot']][normalize-space()='Plots']")
        visible(browser, "//*[normalize-space(text())='load_rows_per_second']")
        heading = visible(browser, f"//*[normalize-space(text())='rows · {site}']")
        waiting(browser).until(lambda d: len(d.find_elements(By.TAG_NAME, "canvas")) >= 2)
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", heading)
        shoot(browser, shots, "plots")

        # The lifetime stats: the automation sensor refreshes lifetime_query_page (nobody launches it); lifetime_page,
        # whose parent page_daily did not change, stays as it was.
        deadline = time.monotonic() + LIFETIME_WAIT_S
        while (after := latest_materialisation(dev, "lifetime_query_page")) == before_query_page:
            assert time.monotonic() < deadline, "lifetime_query_page did not refresh\n" + dev.tail()
            time.sleep(3)
        refresh = dev.graphql(RUN, id=after["runId"])["runOrError"]
        assert {"key": "dagster/sensor_name", "value": "gsc_automation_sensor"} in refresh["tags"], refresh
        assert refresh["assetSelection"] == [{"path": ["gsc", "lifetime_query_page"]}], refresh
        assert latest_materialisation(dev, "lifetime_page") == before_page

        # The lineage shows it too: lifetime_query_page materialized after the table.
        click(browser, NAV_LINEAGE)
        graph_node(browser, "lifetime_query_page")
        fit_graph(browser)
        node = graph_node(browser, "lifetime_query_page").find_element(By.XPATH, "./..")
        waiting(browser).until(lambda _: re.search("^Materialized", node.text, re.M), "not shown materialized")
        shoot(browser, shots, "lineage")

    print(f"screenshots: {shots}")
    if target := os.environ.get("GSC_SCREENSHOT_DIR"):
        Path(target).mkdir(parents=True, exist_ok=True)
        for picture in sorted(shots.glob("*.png")):
            shutil.copy(picture, Path(target) / picture.name)
