// marks the page as scripted, so the browser test can see the script ran
document.documentElement.dataset.scripted = "oui";
