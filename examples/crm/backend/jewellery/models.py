from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=32, blank=True)

    def __str__(self):
        return self.name


class Piece(models.Model):
    sku = models.CharField(max_length=64, unique=True)
    title = models.CharField(max_length=200)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    owner = models.ForeignKey(Customer, null=True, on_delete=models.SET_NULL)

    def __str__(self):
        return f"{self.sku} {self.title}"
