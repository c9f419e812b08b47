import json

from django.http import JsonResponse
from .models import Customer


def health(request):
    return JsonResponse({'status': 'ok'})


def customers(request):
    rows = list(Customer.objects.order_by('name').values('id', 'name', 'email', 'phone', 'created_by_staff_member_name'))
    return JsonResponse({'customers': rows})
