from django.apps import AppConfig


class JewelleryConfig(AppConfig):
    name = "jewellery"
